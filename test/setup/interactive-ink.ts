import { allowInteractiveRendering } from '../../source/commands/screen-env.js';

// Component and terminal tests render as the real screen does, also when
// CI=true is set (as it is in CI): see allowInteractiveRendering.
allowInteractiveRendering();
