/** The HTML player's script, built by the `loopscope-player` plugin in renderer/vite.config.ts. */
declare module 'virtual:loopscope-player' {
  const script: string;
  export default script;
}
