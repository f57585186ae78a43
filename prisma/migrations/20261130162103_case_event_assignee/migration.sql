-- AlterTable
ALTER TABLE "case_event" ADD COLUMN     "assigned_to_id" UUID;
