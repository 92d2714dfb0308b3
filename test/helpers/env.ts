// Expected refusals (403, 401, validation) would otherwise flood the output as error logs.
process.env.LOG_LEVEL ??= 'fatal'
// Tests run generation jobs themselves (payload.jobs.run, or a worker process): no runner inside
// Payload, which REST calls would otherwise start, racing the tests for jobs and DB connections.
process.env.OIT_JOBS_IN_APP = 'false'
