/** Loading this module registers the traditional-direction converters (large dictionaries). */
import { Converter } from 'opencc-js/cn2t';
import { registerConverter } from './converters';

let tw: ((t: string) => string) | undefined;
let hk: ((t: string) => string) | undefined;
// Building a converter costs 100–200 ms: build each lazily, once.
registerConverter('zh-TW', (text) => (tw ??= Converter({ from: 'cn', to: 'twp' }))(text));
registerConverter('zh-HK', (text) => (hk ??= Converter({ from: 'cn', to: 'hk' }))(text));
