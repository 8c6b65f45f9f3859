using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareCommissioning.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class JointCommissioningPlan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CurrentRole",
                table: "PartnershipPartners",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Expectations",
                table: "PartnershipPartners",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ExpectationsGivenAt",
                table: "PartnershipPartners",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExpectationsGivenBy",
                table: "PartnershipPartners",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FutureRole",
                table: "PartnershipPartners",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IntendedAchievements",
                table: "PartnershipPartners",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IntendedContributions",
                table: "PartnershipPartners",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PlanItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ResponsiblePartnerId = table.Column<Guid>(type: "uuid", nullable: true),
                    Involvement = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AgreedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanItems_PartnershipPartners_ResponsiblePartnerId",
                        column: x => x.ResponsiblePartnerId,
                        principalTable: "PartnershipPartners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanItems_Partnerships_PartnershipId",
                        column: x => x.PartnershipId,
                        principalTable: "Partnerships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlanItems_PartnershipId_Kind",
                table: "PlanItems",
                columns: new[] { "PartnershipId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanItems_ResponsiblePartnerId",
                table: "PlanItems",
                column: "ResponsiblePartnerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlanItems");

            migrationBuilder.DropColumn(
                name: "CurrentRole",
                table: "PartnershipPartners");

            migrationBuilder.DropColumn(
                name: "Expectations",
                table: "PartnershipPartners");

            migrationBuilder.DropColumn(
                name: "ExpectationsGivenAt",
                table: "PartnershipPartners");

            migrationBuilder.DropColumn(
                name: "ExpectationsGivenBy",
                table: "PartnershipPartners");

            migrationBuilder.DropColumn(
                name: "FutureRole",
                table: "PartnershipPartners");

            migrationBuilder.DropColumn(
                name: "IntendedAchievements",
                table: "PartnershipPartners");

            migrationBuilder.DropColumn(
                name: "IntendedContributions",
                table: "PartnershipPartners");
        }
    }
}
