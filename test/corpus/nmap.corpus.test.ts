import { describeCorpus } from './corpus-suite.js';
import { expectations } from './expectations/nmap.js';

describeCorpus('nmap', expectations);
