// Deep recursion over and over: keyframes hold stacks up to 250 frames deep, and every
// step pushes or pops one. It never ends by itself; the step limit stops it.
function dive(depth) {
  return depth === 0 ? 0 : dive(depth - 1) + 1;
}
for (;;) dive(250);
