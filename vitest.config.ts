import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    // Test files share their worker's modules (no test mocks or patches a module): each file
    // would otherwise import and transform the whole pipeline again, and load std again.
    isolate: false,
    // Vitest leaves a core to its main process, which mostly waits: on two cores that was one
    // worker for the whole suite.
    maxWorkers: 2,
    minWorkers: 1,
    // With modules shared, a worker's heap holds what every file it ran left behind (the corpus'
    // recordings among it): V8's default limit of about 4 GiB is too little for the whole suite.
    poolOptions: { forks: { execArgv: ['--max-old-space-size=8192'] } },
  },
});
