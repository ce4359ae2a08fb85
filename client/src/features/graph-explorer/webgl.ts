/**
 * True when the browser can give a WebGL context, which sigma needs. Headless browsers without a
 * GPU, old devices and hardened browsers often cannot: the explorer then shows the list only.
 */
export function hasWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    return !!gl;
  } catch {
    return false;
  }
}
