/**
 * WebM and MP4: frames are encoded by WebCodecs (the browser's own encoders) and put in their
 * container by mediabunny.
 *
 * - Frames go to the encoder as pixels copied out of the canvas, not as the canvas: Chromium
 *   encodes a frame made from an OffscreenCanvas about three times as slowly (it reads the canvas
 *   back the slow way), and so does mediabunny's own sample pipeline; measured at 1080p.
 * - A picture held still is encoded once with the duration it is shown (the track keeps its
 *   frame rate for timestamps), so a still stop costs one frame rather than dozens.
 * - A few frames may wait in the encoder while the next one is painted: painting and encoding
 *   run on different threads.
 */
import {
  BufferTarget,
  EncodedPacket,
  EncodedVideoPacketSource,
  Mp4OutputFormat,
  Output,
  WebMOutputFormat,
} from 'mediabunny';
import type { Size } from './options';

export type Container = 'webm' | 'mp4';
export type Codec = 'avc' | 'hevc' | 'vp8' | 'vp9' | 'av1';

/** The codecs tried for each container, best first: the first one this browser encodes is used. */
const CODECS: Record<Container, Codec[]> = {
  webm: ['vp9', 'vp8', 'av1'],
  mp4: ['avc', 'hevc', 'av1', 'vp9'],
};

export const CODEC_NAMES: Record<Codec, string> = {
  avc: 'H.264',
  hevc: 'H.265',
  vp8: 'VP8',
  vp9: 'VP9',
  av1: 'AV1',
};

/** Frames waiting in the encoder before painting waits for it. */
const ENCODE_QUEUE = 3;

export interface VideoCodecChoice {
  codec: Codec;
  config: VideoEncoderConfig;
  /** Set when the preferred codec could not be used: what was made instead, and why. */
  note?: string;
}

export async function chooseCodec(
  container: Container,
  size: Size,
  fps: number,
): Promise<VideoCodecChoice> {
  if (typeof VideoEncoder === 'undefined')
    throw new Error('This browser has no video encoder (WebCodecs). Export a GIF or PNGs instead.');
  const [preferred] = CODECS[container];
  for (const codec of CODECS[container]) {
    const config = encoderConfig(codec, size, fps);
    const support = await VideoEncoder.isConfigSupported(config).catch(() => null);
    if (!support?.supported) continue;
    if (codec === preferred) return { codec, config };
    return {
      codec,
      config,
      note:
        `This browser cannot encode ${CODEC_NAMES[preferred]} at ${size.width}×${size.height}, ` +
        `so the ${container.toUpperCase()} file holds ${CODEC_NAMES[codec]} video instead.`,
    };
  }
  throw new Error(
    `This browser cannot encode ${container.toUpperCase()} video at ${size.width}×${size.height} ` +
      `(tried ${CODECS[container].map((c) => CODEC_NAMES[c]).join(', ')}). ` +
      'Export a GIF or a PNG sequence instead.',
  );
}

/** Bits per second: generous for flat colours and text, which must stay sharp on a projector. */
export function bitrateFor(size: Size, fps: number): number {
  return Math.round(size.width * size.height * Math.max(24, fps) * 0.12);
}

export function encoderConfig(codec: Codec, size: Size, fps: number): VideoEncoderConfig {
  return {
    codec: codecString(codec, size, fps),
    width: size.width,
    height: size.height,
    bitrate: bitrateFor(size, fps),
    framerate: fps,
    ...(codec === 'avc' ? { avc: { format: 'avc' as const } } : {}),
    ...(codec === 'hevc' ? ({ hevc: { format: 'hevc' } } as object) : {}),
  };
}

/** The full codec string, with a level that holds the size and rate. */
export function codecString(codec: Codec, size: Size, fps: number): string {
  const samples = size.width * size.height;
  switch (codec) {
    case 'avc': {
      // High profile. [level_idc, max macroblocks per frame, max macroblocks per second]
      const levels: [number, number, number][] = [
        [31, 3600, 108000],
        [32, 5120, 216000],
        [40, 8192, 245760],
        [42, 8704, 522240],
        [50, 22080, 589824],
        [51, 36864, 983040],
        [52, 36864, 2073600],
        [60, 139264, 4177920],
      ];
      const blocks = Math.ceil(size.width / 16) * Math.ceil(size.height / 16);
      const level =
        levels.find(([, fs, mbps]) => blocks <= fs && blocks * fps <= mbps) ??
        levels[levels.length - 1];
      return `avc1.6400${level[0].toString(16).padStart(2, '0')}`;
    }
    case 'hevc':
      return `hvc1.1.6.L${samples <= 2228224 ? 123 : samples <= 8912896 ? 153 : 183}.B0`;
    case 'vp8':
      return 'vp8';
    case 'vp9': {
      const level =
        samples <= 921600 ? '31' : samples <= 2228224 ? '41' : samples <= 8912896 ? '51' : '61';
      return `vp09.00.${level}.08`;
    }
    case 'av1': {
      const level =
        samples <= 921600 ? '05' : samples <= 2228224 ? '09' : samples <= 8912896 ? '13' : '17';
      return `av01.0.${level}M.08`;
    }
  }
}

export interface VideoWriter {
  /** Encodes BGRA pixels, shown from output frame `first` for `count` frames. */
  add(bgra: Uint8Array, first: number, count: number): Promise<void>;
  finish(): Promise<Uint8Array>;
  /** Frames in the file so far. */
  readonly frames: number;
}

export async function createVideoWriter(
  container: Container,
  choice: VideoCodecChoice,
  fps: number,
): Promise<VideoWriter> {
  const target = new BufferTarget();
  const output = new Output({
    format:
      container === 'mp4'
        ? new Mp4OutputFormat({ fastStart: 'in-memory' })
        : new WebMOutputFormat(),
    target,
  });
  const source = new EncodedVideoPacketSource(choice.codec);
  output.addVideoTrack(source, { frameRate: fps });
  await output.start();

  let failure: Error | null = null;
  // Packets go to the muxer one after another, in the order the encoder gives them.
  let muxed: Promise<void> = Promise.resolve();
  const encoder = new VideoEncoder({
    output: (chunk, meta) => {
      const packet = EncodedPacket.fromEncodedChunk(chunk);
      muxed = muxed.then(() => source.add(packet, meta));
      muxed.catch((e: unknown) => (failure ??= e instanceof Error ? e : new Error(String(e))));
    },
    error: (e) => (failure ??= e),
  });
  encoder.configure(choice.config);
  const { width, height } = choice.config;
  const keyEvery = Math.max(1, Math.round(fps * 2));
  let nextKey = 0;

  let frames = 0;
  // WebM keeps no duration for its last frame (a frame lasts until the next one starts): a held
  // last picture is written once more on its last frame, so the file ends when it should.
  let last: { frame: VideoFrame; first: number; count: number } | null = null;

  const check = () => {
    if (failure) throw new Error(`The video encoder failed: ${failure.message}`);
  };
  const encode = async (frame: VideoFrame, first: number) => {
    // A key frame every two seconds of video lets players and slide software seek.
    const keyFrame = first >= nextKey;
    if (keyFrame) nextKey = first + keyEvery;
    encoder.encode(frame, { keyFrame });
    frames++;
    while (encoder.encodeQueueSize > ENCODE_QUEUE && !failure)
      await new Promise<void>((resolve) =>
        encoder.addEventListener('dequeue', () => resolve(), { once: true }),
      );
    check();
  };
  const frameAt = (data: Uint8Array, first: number, count: number) =>
    new VideoFrame(data as Uint8Array<ArrayBuffer>, {
      format: 'BGRA',
      codedWidth: width,
      codedHeight: height,
      timestamp: Math.round((first * 1e6) / fps),
      duration: Math.round((count * 1e6) / fps),
    });
  return {
    get frames() {
      return frames;
    },
    async add(bgra, first, count) {
      check();
      const frame = frameAt(bgra, first, count);
      last?.frame.close();
      last = container === 'webm' ? { frame: frame.clone(), first, count } : null;
      try {
        await encode(frame, first);
      } finally {
        frame.close();
      }
    },
    async finish() {
      if (last && last.count > 1) {
        const end = last.first + last.count - 1;
        const closing = new VideoFrame(last.frame, {
          timestamp: Math.round((end * 1e6) / fps),
          duration: Math.round(1e6 / fps),
        });
        try {
          await encode(closing, end);
        } finally {
          closing.close();
        }
      }
      last?.frame.close();
      last = null;
      await encoder.flush();
      await muxed;
      check();
      encoder.close();
      await output.finalize();
      return new Uint8Array(target.buffer!);
    },
  };
}
