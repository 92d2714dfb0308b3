// Expected refusals (403, 401, validation) would otherwise flood the output as error logs.
process.env.LOG_LEVEL ??= 'fatal'
