#!/usr/bin/env node
// The CLI bundled into one script by the build: loading a hundred modules one by one, and
// compiling them, is a large part of a short run's start (see cli-bundle.js).
import { loadCliBundle } from './cli-bundle.js';

process.exitCode = await loadCliBundle().exports.main(process.argv.slice(2));
