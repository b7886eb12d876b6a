-- AlterTable
ALTER TABLE "ApiToken" ADD COLUMN     "rateLimitTat" TIMESTAMP(3);
