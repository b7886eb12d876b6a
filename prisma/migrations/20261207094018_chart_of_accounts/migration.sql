-- AlterTable
ALTER TABLE "Client" ADD COLUMN     "auxiliaryAccount" TEXT;

-- CreateTable
CREATE TABLE "AccountingAccount" (
    "organizationId" TEXT NOT NULL,
    "slot" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AccountingAccount_pkey" PRIMARY KEY ("organizationId","slot")
);

-- CreateIndex
CREATE UNIQUE INDEX "Client_organizationId_auxiliaryAccount_key" ON "Client"("organizationId", "auxiliaryAccount");

-- AddForeignKey
ALTER TABLE "AccountingAccount" ADD CONSTRAINT "AccountingAccount_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
