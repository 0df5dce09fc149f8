import '@testing-library/jest-dom';
import { setIconOptions } from '@fluentui/react';

// The model-driven host registers Fluent's icon font; jsdom has none, and Fluent would warn once per icon rendered.
setIconOptions({ disableWarnings: true });
