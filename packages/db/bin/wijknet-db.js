#!/usr/bin/env node
import { runMain } from 'citty';
import { mainCommand } from '../dist/cli/index.js';

runMain(mainCommand);
