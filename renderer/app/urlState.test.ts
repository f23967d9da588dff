import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../examples/examples';
import { decodeMoment, decodeSource, encodeMoment, encodeSource } from './urlState';

describe('the moment in the URL', () => {
  it('names a gallery example by id, with its model and step', () => {
    const example = EXAMPLES[3];
    const hash = encodeMoment({
      source: example.source,
      model: 'node',
      step: 12,
      exampleId: example.id,
    });
    expect(hash).toBe(`#example=${example.id}&model=node&step=12`);
    expect(decodeMoment(hash)).toEqual({
      source: example.source,
      model: 'node',
      step: 12,
      exampleId: example.id,
    });
  });

  it('carries edited code itself, compressed, and reads it back exactly', () => {
    const source = `// ünïcødé, quotes ' " \` and & = # ?\nconsole.log('héllo ${'x'.repeat(500)}');\n`;
    const hash = encodeMoment({ source, model: 'browser', step: 0, exampleId: EXAMPLES[0].id });
    expect(hash).not.toContain('example=');
    expect(hash).not.toContain('step=');
    expect(hash.length).toBeLessThan(source.length);
    expect(decodeMoment(hash)).toEqual({ source, model: 'browser', step: 0, exampleId: null });
    expect(decodeSource(encodeSource(''))).toBe('');
  });

  it('names no moment for an empty, unknown or damaged hash', () => {
    expect(decodeMoment('')).toBeNull();
    expect(decodeMoment('#example=no-such-example')).toBeNull();
    expect(decodeMoment('#code=%%%not-base64')).toBeNull();
    expect(decodeMoment('#code=AAAA')).toBeNull();
  });

  it("falls back to the example's model and the first step when they are missing or wrong", () => {
    const node = EXAMPLES.find((e) => e.model === 'node')!;
    expect(decodeMoment(`#example=${node.id}&model=deno&step=-4`)).toMatchObject({
      model: 'node',
      step: 0,
    });
  });
});
