/** Transport icons as inline SVG (icon glyphs are missing from many system fonts). */
const paths = {
  start: 'M5 4h2.2v16H5zM20 4.5v15L8.5 12z',
  end: 'M16.8 4H19v16h-2.2zM4 4.5v15L15.5 12z',
  backEvent: 'M11.5 4.5v15L1 12zM22 4.5v15L11.5 12z',
  forwardEvent: 'M12.5 4.5v15L23 12zM2 4.5v15L12.5 12z',
  backFine: 'M16 5v14L6 12z',
  forwardFine: 'M8 5v14l10-7z',
  play: 'M7 4v16l13-8z',
  pause: 'M6 4h4.2v16H6zM13.8 4H18v16h-4.2z',
} as const;

export type IconName = keyof typeof paths;

export function Icon({ name, size = 18 }: { name: IconName; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      style={{ display: 'block' }}
    >
      <path d={paths[name]} fill="currentColor" />
    </svg>
  );
}
