#!/usr/bin/env node
import { mainCommand, runCommandLine } from '../dist/cli/index.js';

await runCommandLine(mainCommand);
