using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareCommissioning.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ContractOutcomes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ContractOutcomes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    AppraisalId = table.Column<Guid>(type: "uuid", nullable: true),
                    AppraisalOutcomeId = table.Column<Guid>(type: "uuid", nullable: true),
                    AgreedWith = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AgreedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Indicator = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Target = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CostImplications = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ResourceImplications = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RiskImplications = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SustainabilityImplications = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Conflict = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Resolution = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ResolvedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ResolvedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Recommended = table.Column<bool>(type: "boolean", nullable: false),
                    HowSpecified = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    HowEvidenced = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractOutcomes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContractOutcomes_Appraisals_AppraisalId",
                        column: x => x.AppraisalId,
                        principalTable: "Appraisals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContractOutcomes_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContractOutcomes_AppraisalId_AppraisalOutcomeId",
                table: "ContractOutcomes",
                columns: new[] { "AppraisalId", "AppraisalOutcomeId" });

            migrationBuilder.CreateIndex(
                name: "IX_ContractOutcomes_OrganisationId_Recommended",
                table: "ContractOutcomes",
                columns: new[] { "OrganisationId", "Recommended" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContractOutcomes");
        }
    }
}
