-- CreateEnum
CREATE TYPE "EmailStatus" AS ENUM ('QUEUED', 'SENT', 'FAILED');

-- CreateEnum
CREATE TYPE "RecurringFrequency" AS ENUM ('WEEKLY', 'MONTHLY', 'QUARTERLY', 'YEARLY');

-- CreateEnum
CREATE TYPE "RecurringEndKind" AS ENUM ('NEVER', 'AFTER_COUNT', 'ON_DATE');

-- CreateEnum
CREATE TYPE "RecurringMode" AS ENUM ('DRAFT', 'ISSUE');

-- CreateEnum
CREATE TYPE "RecurringStatus" AS ENUM ('ACTIVE', 'PAUSED', 'ENDED', 'STOPPED');

-- AlterTable
ALTER TABLE "EmailMessage" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "failedAt" TIMESTAMP(3),
ADD COLUMN     "generation" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "lastError" TEXT,
ADD COLUMN     "sentAt" TIMESTAMP(3),
ADD COLUMN     "status" "EmailStatus" NOT NULL DEFAULT 'SENT';

-- CreateTable
CREATE TABLE "ReminderSettings" (
    "organizationId" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "steps" INTEGER[],
    "sendHour" INTEGER NOT NULL DEFAULT 9,
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/Paris',
    "texts" JSONB NOT NULL DEFAULT '{}',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReminderSettings_pkey" PRIMARY KEY ("organizationId")
);

-- CreateTable
CREATE TABLE "ReminderRun" (
    "organizationId" TEXT NOT NULL,
    "runDate" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "sentCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReminderRun_pkey" PRIMARY KEY ("organizationId","runDate")
);

-- CreateTable
CREATE TABLE "RecurringProfile" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "frequency" "RecurringFrequency" NOT NULL,
    "interval" INTEGER NOT NULL DEFAULT 1,
    "dayOfMonth" INTEGER,
    "lastDayOfMonth" BOOLEAN NOT NULL DEFAULT false,
    "startDate" DATE NOT NULL,
    "endKind" "RecurringEndKind" NOT NULL DEFAULT 'NEVER',
    "endAfterCount" INTEGER,
    "endDate" DATE,
    "mode" "RecurringMode" NOT NULL DEFAULT 'ISSUE',
    "autoSend" BOOLEAN NOT NULL DEFAULT false,
    "recipients" TEXT[],
    "paymentTermsDays" INTEGER,
    "language" TEXT NOT NULL DEFAULT 'fr',
    "template" JSONB NOT NULL,
    "status" "RecurringStatus" NOT NULL DEFAULT 'ACTIVE',
    "stopReason" TEXT,
    "nextDate" DATE,
    "generatedCount" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RecurringProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecurringRun" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "periodDate" DATE NOT NULL,
    "documentId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecurringRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RecurringProfile_organizationId_status_createdAt_idx" ON "RecurringProfile"("organizationId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "RecurringProfile_status_nextDate_idx" ON "RecurringProfile"("status", "nextDate");

-- CreateIndex
CREATE UNIQUE INDEX "RecurringProfile_organizationId_id_key" ON "RecurringProfile"("organizationId", "id");

-- CreateIndex
CREATE INDEX "RecurringRun_organizationId_profileId_periodDate_idx" ON "RecurringRun"("organizationId", "profileId", "periodDate");

-- CreateIndex
CREATE UNIQUE INDEX "RecurringRun_profileId_periodDate_key" ON "RecurringRun"("profileId", "periodDate");

-- CreateIndex
CREATE UNIQUE INDEX "RecurringRun_organizationId_id_key" ON "RecurringRun"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "RecurringRun_organizationId_documentId_key" ON "RecurringRun"("organizationId", "documentId");

-- CreateIndex
CREATE INDEX "EmailMessage_organizationId_status_idx" ON "EmailMessage"("organizationId", "status");

-- CreateIndex
CREATE INDEX "EmailMessage_status_createdAt_idx" ON "EmailMessage"("status", "createdAt");

-- AddForeignKey
ALTER TABLE "ReminderSettings" ADD CONSTRAINT "ReminderSettings_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderRun" ADD CONSTRAINT "ReminderRun_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecurringProfile" ADD CONSTRAINT "RecurringProfile_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecurringProfile" ADD CONSTRAINT "RecurringProfile_organizationId_clientId_fkey" FOREIGN KEY ("organizationId", "clientId") REFERENCES "Client"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecurringRun" ADD CONSTRAINT "RecurringRun_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecurringRun" ADD CONSTRAINT "RecurringRun_organizationId_profileId_fkey" FOREIGN KEY ("organizationId", "profileId") REFERENCES "RecurringProfile"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecurringRun" ADD CONSTRAINT "RecurringRun_organizationId_documentId_fkey" FOREIGN KEY ("organizationId", "documentId") REFERENCES "Document"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Emails recorded before the queue were sent when their row was written.
UPDATE "EmailMessage" SET "sentAt" = "createdAt";
