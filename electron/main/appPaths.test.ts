import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { separateDevelopmentData } from './appPaths';

function recordingApp(isPackaged: boolean) {
  const set: [string, string][] = [];
  return {
    set,
    app: {
      isPackaged,
      getName: () => 'Hamish',
      getPath: (name: string) => (name === 'appData' ? '/home/sara/.config' : `/home/sara/.config/Hamish`),
      setPath: (name: string, value: string) => set.push([name, value]),
    } as unknown as Parameters<typeof separateDevelopmentData>[0],
  };
}

describe('separateDevelopmentData', () => {
  it('gives a build from source its own data folder, beside the installed one', () => {
    const { app, set } = recordingApp(false);
    expect(separateDevelopmentData(app)).toBe(path.join('/home/sara/.config', 'Hamish (development)'));
    expect(set).toEqual([['userData', path.join('/home/sara/.config', 'Hamish (development)')]]);
  });

  it('leaves the installed app where its library is', () => {
    const { app, set } = recordingApp(true);
    expect(separateDevelopmentData(app)).toBeNull();
    expect(set).toEqual([]);
  });
});
