import { describeCorpus } from './corpus-suite.js';
import { expectations } from './expectations/nessus.js';

describeCorpus('nessus', expectations);
