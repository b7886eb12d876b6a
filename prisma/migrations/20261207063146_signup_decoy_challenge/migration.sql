-- AlterEnum
ALTER TYPE "ChallengePurpose" ADD VALUE 'SIGNUP_DECOY';
