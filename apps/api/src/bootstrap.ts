import type { Server } from 'node:http';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { PinoNestLogger, RequestSafetyPipe, createLogger, requestLogging, verifyJsonBody } from '@maillage/shared/nest';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { AppModule } from './app/app.module';
import { migrateDatabase } from './app/database';
import { AppConfig } from './config';
import { serveWebApp } from './serve-web-app';

export async function bootstrap(config: AppConfig): Promise<INestApplication> {
  const logger = createLogger(config.logLevel);
  const applied = await migrateDatabase(config.databaseUrl);
  if (applied.length > 0) logger.info({ migrations: applied }, 'Database migrated');

  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: new PinoNestLogger(logger),
    bodyParser: false,
  });
  app.enableShutdownHooks();
  // Which hops may tell the client's address (X-Forwarded-For); by default none: the socket's address.
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(requestLogging(logger));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Angular writes component styles inline.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
          // Town halls often serve intranet apps over plain HTTP names: do not force HTTPS sub-requests.
          upgradeInsecureRequests: null,
        },
      },
    }),
  );
  // Too deep or NUL-bearing JSON is refused before parsing (400), not left to overflow a validator or PostgreSQL.
  app.useBodyParser('json', { limit: '100kb', verify: verifyJsonBody });
  app.use(cookieParser());
  app.use('/api', (_req: Request, res: Response, next: NextFunction) => {
    // Personal data must not linger in browser or proxy caches.
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(new RequestSafetyPipe());

  // The OpenAPI document and its UI are served outside the guards: demo and test only (the API
  // e2e sweeps read it). Production serves neither — not the UI, nor the raw JSON/YAML that
  // @nestjs/swagger publishes by default.
  if (config.mode !== 'production') {
    const openApi = SwaggerModule.createDocument(
      app,
      new DocumentBuilder().setTitle('Maillage API').setDescription('Réseau social interne de la mairie').setVersion('0.1').addBearerAuth().build(),
    );
    SwaggerModule.setup('api/docs', app, openApi, { jsonDocumentUrl: 'api/docs-json', raw: ['json'] });
  }

  serveWebApp(app, config.webRoot);
  // Node closes an idle kept-alive connection after 5 s; a reverse proxy (nginx, HAProxy, cloud
  // load balancers: 60 s idle) reusing it at that moment gets a reset and answers 502. Outlast them.
  const server = app.getHttpServer() as Server;
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await app.listen(config.port);
  logger.info({ port: config.port, mode: config.mode }, 'Maillage is listening');
  return app;
}
