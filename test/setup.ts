import '@testing-library/jest-dom';
import { setIconOptions } from '@fluentui/react';

// The model-driven host registers Fluent's icon font; jsdom has none, and Fluent would warn once per icon rendered.
setIconOptions({ disableWarnings: true });

// A timeout catches a test that hangs, not a slow machine: rendering the fleet in jsdom took over jest's default 5 s
// while another CPU-heavy process ran on the 2-core machine (README, "Build, test, develop": how the suite is checked).
// Tests that measure speed do so with their own figures, never through this timeout.
jest.setTimeout(30_000);
