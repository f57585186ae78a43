-- CreateEnum
CREATE TYPE "contact_method" AS ENUM ('home_visit', 'phone_call', 'office_meeting', 'other');

-- AlterTable
ALTER TABLE "case_event" ADD COLUMN     "contact_method" "contact_method";
