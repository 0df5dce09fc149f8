/** harness/dist/clock.js: the first script of the page (see clock.ts). */
import { installFromQuery } from './clock';

installFromQuery(window);
