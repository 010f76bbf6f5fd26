import type { Params } from 'nestjs-pino';

/** Structured JSON logs; secrets never reach them. Tests are quiet unless LOG_LEVEL says otherwise. */
export function loggerOptions(env: NodeJS.ProcessEnv = process.env): Params {
  const level = env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info');
  return {
    pinoHttp: {
      level,
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]'], censor: '[dolt]' },
      customProps: (req) => ({ correlationId: req.headers['x-correlation-id'] }),
      autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/metrics' },
    },
  };
}
