using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareCommissioning.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PurchaseListColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PurchaseRequests_OrganisationId_Category",
                table: "PurchaseRequests");

            migrationBuilder.DropIndex(
                name: "IX_PurchaseRequests_OrganisationId_Status_CreatedAt",
                table: "PurchaseRequests");

            migrationBuilder.AddColumn<Guid>(
                name: "ChosenSupplierId",
                table: "PurchaseRequests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChosenSupplierName",
                table: "PurchaseRequests",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "CommittedSpend",
                table: "PurchaseRequests",
                type: "TEXT",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Compliant",
                table: "PurchaseRequests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "EstimatedPenceIncludingVat",
                table: "PurchaseRequests",
                type: "INTEGER",
                nullable: false,
                // Rows saved before this migration: PurchaseListColumns.BackfillAsync fills them after migrating (-1 = not worked out yet).
                defaultValue: -1L);

            migrationBuilder.AddColumn<string>(
                name: "OrderNumber",
                table: "PurchaseRequests",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_PurchaseRequests_OrganisationId_Category_EstimatedPenceIncludingVat_CommittedSpend",
                table: "PurchaseRequests",
                columns: new[] { "OrganisationId", "Category", "EstimatedPenceIncludingVat", "CommittedSpend" });

            migrationBuilder.CreateIndex(
                name: "IX_PurchaseRequests_OrganisationId_ChosenSupplierId_CreatedAt",
                table: "PurchaseRequests",
                columns: new[] { "OrganisationId", "ChosenSupplierId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PurchaseRequests_OrganisationId_ChosenSupplierName_CommittedSpend",
                table: "PurchaseRequests",
                columns: new[] { "OrganisationId", "ChosenSupplierName", "CommittedSpend" });

            migrationBuilder.CreateIndex(
                name: "IX_PurchaseRequests_OrganisationId_Compliant_CreatedAt",
                table: "PurchaseRequests",
                columns: new[] { "OrganisationId", "Compliant", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PurchaseRequests_OrganisationId_Status_CreatedAt_ChosenRoute_Compliant_EstimatedPenceIncludingVat",
                table: "PurchaseRequests",
                columns: new[] { "OrganisationId", "Status", "CreatedAt", "ChosenRoute", "Compliant", "EstimatedPenceIncludingVat" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PurchaseRequests_OrganisationId_Category_EstimatedPenceIncludingVat_CommittedSpend",
                table: "PurchaseRequests");

            migrationBuilder.DropIndex(
                name: "IX_PurchaseRequests_OrganisationId_ChosenSupplierId_CreatedAt",
                table: "PurchaseRequests");

            migrationBuilder.DropIndex(
                name: "IX_PurchaseRequests_OrganisationId_ChosenSupplierName_CommittedSpend",
                table: "PurchaseRequests");

            migrationBuilder.DropIndex(
                name: "IX_PurchaseRequests_OrganisationId_Compliant_CreatedAt",
                table: "PurchaseRequests");

            migrationBuilder.DropIndex(
                name: "IX_PurchaseRequests_OrganisationId_Status_CreatedAt_ChosenRoute_Compliant_EstimatedPenceIncludingVat",
                table: "PurchaseRequests");

            migrationBuilder.DropColumn(
                name: "ChosenSupplierId",
                table: "PurchaseRequests");

            migrationBuilder.DropColumn(
                name: "ChosenSupplierName",
                table: "PurchaseRequests");

            migrationBuilder.DropColumn(
                name: "CommittedSpend",
                table: "PurchaseRequests");

            migrationBuilder.DropColumn(
                name: "Compliant",
                table: "PurchaseRequests");

            migrationBuilder.DropColumn(
                name: "EstimatedPenceIncludingVat",
                table: "PurchaseRequests");

            migrationBuilder.DropColumn(
                name: "OrderNumber",
                table: "PurchaseRequests");

            migrationBuilder.CreateIndex(
                name: "IX_PurchaseRequests_OrganisationId_Category",
                table: "PurchaseRequests",
                columns: new[] { "OrganisationId", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_PurchaseRequests_OrganisationId_Status_CreatedAt",
                table: "PurchaseRequests",
                columns: new[] { "OrganisationId", "Status", "CreatedAt" });
        }
    }
}
