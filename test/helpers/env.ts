// Expected refusals (403, 401, validation) would otherwise flood the output as error logs.
process.env.LOG_LEVEL ??= 'fatal'
// Tests run generation jobs themselves (payload.jobs.run, or a worker process): no runner inside
// Payload, which REST calls would otherwise start, racing the tests for jobs and DB connections.
process.env.OIT_JOBS_IN_APP = 'false'
// Every test file's Payload pushes the dev schema again, and drizzle-kit introspects its ~400
// tables
// through the pool all at once: on a busy 2-core machine the queue outlasts the 10 s production
// acquire timeout.
process.env.OIT_DB_ACQUIRE_TIMEOUT_MS ??= '60000'
