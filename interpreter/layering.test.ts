/**
 * The interpreter depends on nothing of the app (DESIGN.md): eslint.config.js enforces it, and
 * this test makes sure the rule covers every file of interpreter/, its CLI and tests included.
 */
import { ESLint } from 'eslint';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const eslint = new ESLint({ cwd: root });

/** The messages of no-restricted-imports for `source` as if it were the file `file`. */
async function restrictedImports(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const renderer = "import { x } from '../renderer/store/store';\nexport const y = x;\n";
const electron =
  "import type { LoopscopeApi } from '../electron/api';\nexport type Y = LoopscopeApi;\n";
const node = "import { readFileSync } from 'node:fs';\nexport const y = readFileSync;\n";

describe('interpreter/ imports nothing of the app', () => {
  for (const file of [
    'interpreter/trace/example.ts',
    'interpreter/cli.ts',
    'interpreter/example.test.ts',
    'interpreter/fuzz/example.ts',
    'interpreter/conformance/example.ts',
  ]) {
    it(`refuses renderer/ and electron/ in ${file}`, async () => {
      expect(await restrictedImports(file, renderer)).toHaveLength(1);
      expect(await restrictedImports(file, electron)).toHaveLength(1);
    });
  }

  it('refuses Node APIs in the library, and allows them in its CLI and tests', async () => {
    expect(await restrictedImports('interpreter/trace/example.ts', node)).toHaveLength(1);
    expect(await restrictedImports('interpreter/cli.ts', node)).toEqual([]);
    expect(await restrictedImports('interpreter/example.test.ts', node)).toEqual([]);
  });
});
