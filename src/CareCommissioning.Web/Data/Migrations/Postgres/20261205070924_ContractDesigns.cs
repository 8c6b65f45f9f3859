using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareCommissioning.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ContractDesigns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "DesignId",
                table: "Contracts",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ContractDesigns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    AppraisalId = table.Column<Guid>(type: "uuid", nullable: true),
                    OutcomeIds = table.Column<string>(type: "text", nullable: false),
                    Agreements = table.Column<string>(type: "text", nullable: false),
                    Approaches = table.Column<string>(type: "text", nullable: false),
                    Costs = table.Column<string>(type: "text", nullable: false),
                    Objectives = table.Column<string>(type: "text", nullable: false),
                    VolumePredictable = table.Column<bool>(type: "boolean", nullable: true),
                    PersonDirects = table.Column<bool>(type: "boolean", nullable: true),
                    OutcomesMeasurable = table.Column<bool>(type: "boolean", nullable: true),
                    Providers = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    CpvCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    PlannedStart = table.Column<DateOnly>(type: "date", nullable: true),
                    RecommendedType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    TypeReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Implementation = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReadyAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractDesigns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContractDesigns_Appraisals_AppraisalId",
                        column: x => x.AppraisalId,
                        principalTable: "Appraisals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContractDesigns_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ContractProvisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    DesignId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    OutcomeId = table.Column<Guid>(type: "uuid", nullable: true),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Percentage = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: true),
                    Date = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractProvisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContractProvisions_ContractDesigns_DesignId",
                        column: x => x.DesignId,
                        principalTable: "ContractDesigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContractProvisions_ContractOutcomes_OutcomeId",
                        column: x => x.OutcomeId,
                        principalTable: "ContractOutcomes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContractProvisions_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_DesignId",
                table: "Contracts",
                column: "DesignId");

            migrationBuilder.CreateIndex(
                name: "IX_ContractDesigns_AppraisalId",
                table: "ContractDesigns",
                column: "AppraisalId");

            migrationBuilder.CreateIndex(
                name: "IX_ContractDesigns_OrganisationId_Title",
                table: "ContractDesigns",
                columns: new[] { "OrganisationId", "Title" });

            migrationBuilder.CreateIndex(
                name: "IX_ContractProvisions_DesignId_Kind",
                table: "ContractProvisions",
                columns: new[] { "DesignId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_ContractProvisions_OrganisationId",
                table: "ContractProvisions",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ContractProvisions_OutcomeId",
                table: "ContractProvisions",
                column: "OutcomeId");

            migrationBuilder.AddForeignKey(
                name: "FK_Contracts_ContractDesigns_DesignId",
                table: "Contracts",
                column: "DesignId",
                principalTable: "ContractDesigns",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Contracts_ContractDesigns_DesignId",
                table: "Contracts");

            migrationBuilder.DropTable(
                name: "ContractProvisions");

            migrationBuilder.DropTable(
                name: "ContractDesigns");

            migrationBuilder.DropIndex(
                name: "IX_Contracts_DesignId",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "DesignId",
                table: "Contracts");
        }
    }
}
