import { describeCorpus } from './corpus-suite.js';
import { expectations } from './expectations/ivil.js';

describeCorpus('ivil', expectations);
