#!/usr/bin/env node
// The CLI bundled into one module by the build: loading a hundred modules one by one is a
// large part of a short run's start.
import { main } from '../dist/cli/stackheap.js';

process.exitCode = await main(process.argv.slice(2));
