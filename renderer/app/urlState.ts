/**
 * The moment in the URL (web build): model, code and step live in the hash, so a link reopens
 * the same program at the same step. Gallery examples are named by id; other code is deflated
 * and base64url-encoded.
 *
 *   #example=classic&model=browser&step=12
 *   #code=eJxLz...&model=node&step=3
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { Model } from '../../interpreter/trace/types';
import { exampleById } from '../examples/examples';

export interface UrlMoment {
  source: string;
  model: Model;
  /** 0-based step; absent means the start. */
  step: number;
  exampleId: string | null;
}

export function encodeMoment(m: UrlMoment): string {
  const params = new URLSearchParams();
  const example = exampleById(m.exampleId);
  if (example && example.source === m.source) params.set('example', example.id);
  else params.set('code', encodeSource(m.source));
  params.set('model', m.model);
  if (m.step > 0) params.set('step', String(m.step));
  return `#${params.toString()}`;
}

/** The moment a hash names, or null when it names none (or cannot be read). */
export function decodeMoment(hash: string): UrlMoment | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const example = exampleById(params.get('example'));
  let source: string | null = example?.source ?? null;
  const code = params.get('code');
  if (code !== null) {
    try {
      source = decodeSource(code);
    } catch {
      return null;
    }
  }
  if (source === null) return null;
  const modelParam = params.get('model');
  const model: Model =
    modelParam === 'node' || modelParam === 'browser' ? modelParam : (example?.model ?? 'browser');
  const step = Math.max(0, Math.floor(Number(params.get('step') ?? 0)) || 0);
  return { source, model, step, exampleId: code === null ? (example?.id ?? null) : null };
}

/** The last source encoded and its encoding: the URL is rewritten as the step moves, the code stays. */
let lastEncoded: { source: string; encoded: string } | null = null;

export function encodeSource(source: string): string {
  if (lastEncoded?.source === source) return lastEncoded.encoded;
  const encoded = deflateToBase64url(source);
  lastEncoded = { source, encoded };
  return encoded;
}

function deflateToBase64url(source: string): string {
  const bytes = deflateSync(strToU8(source), { level: 9 });
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeSource(encoded: string): string {
  const base64 = encoded.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return strFromU8(inflateSync(bytes));
}
