using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareCommissioning.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AuditScopeAndAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AccountId",
                table: "AuditEntries",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "OrganisationId",
                table: "AuditEntries",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "PlatformAdministrator",
                table: "AspNetUsers",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "AuditHeads",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditHeads", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_AccountId",
                table: "AuditEntries",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_OrganisationId_Sequence",
                table: "AuditEntries",
                columns: new[] { "OrganisationId", "Sequence" });

            // Whose each existing row is, and where the chain ends, before the table refuses changes (decision 0018).
            foreach (var sql in AuditScopeSql.Backfill(postgres: true))
                migrationBuilder.Sql(sql);
            migrationBuilder.Sql(AuditScopeSql.PostgresAppendOnly);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(AuditScopeSql.PostgresDropAppendOnly);

            migrationBuilder.DropTable(
                name: "AuditHeads");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_AccountId",
                table: "AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_OrganisationId_Sequence",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "AccountId",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "OrganisationId",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "PlatformAdministrator",
                table: "AspNetUsers");
        }
    }
}
