#!/usr/bin/env node
import { runCommandLine } from '@wijknet/db/cli';
import { wijknetCommand } from './command-line.js';

await runCommandLine(wijknetCommand);
