using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareCommissioning.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PooledBudgets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "PartnershipId",
                table: "AuditEntries",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PartnershipAgreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgreementVersion = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RiskShare = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Underspend = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CapPercent = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: true),
                    CapExcessPartnerId = table.Column<Guid>(type: "uuid", nullable: true),
                    ContributionVariation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    GovernanceBoard = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    BoardMembers = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Quorum = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    DelegatedLimits = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    HealthAndWellbeingBoardReporting = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ProviderArrangements = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Rounds = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnershipAgreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnershipAgreements_PartnershipPartners_CapExcessPartnerId",
                        column: x => x.CapExcessPartnerId,
                        principalTable: "PartnershipPartners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PartnershipAgreements_Partnerships_PartnershipId",
                        column: x => x.PartnershipId,
                        principalTable: "Partnerships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PartnershipContributions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Description = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnershipContributions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnershipContributions_PartnershipPartners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "PartnershipPartners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PartnershipContributions_Partnerships_PartnershipId",
                        column: x => x.PartnershipId,
                        principalTable: "Partnerships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PartnershipMeasures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Definition = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Source = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Frequency = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Unit = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Baseline = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    Target = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    HigherIsBetter = table.Column<bool>(type: "boolean", nullable: false),
                    ProviderPartnerId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnershipMeasures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnershipMeasures_PartnershipPartners_ProviderPartnerId",
                        column: x => x.ProviderPartnerId,
                        principalTable: "PartnershipPartners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PartnershipMeasures_Partnerships_PartnershipId",
                        column: x => x.PartnershipId,
                        principalTable: "Partnerships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PartnershipSchemes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    LeadPartnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AppraisalId = table.Column<Guid>(type: "uuid", nullable: true),
                    Economies = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    EconomiesEvidence = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    EconomiesJudgement = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnershipSchemes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnershipSchemes_Appraisals_AppraisalId",
                        column: x => x.AppraisalId,
                        principalTable: "Appraisals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PartnershipSchemes_PartnershipPartners_LeadPartnerId",
                        column: x => x.LeadPartnerId,
                        principalTable: "PartnershipPartners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PartnershipSchemes_Partnerships_PartnershipId",
                        column: x => x.PartnershipId,
                        principalTable: "Partnerships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PartnershipSignOffs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgreementVersion = table.Column<int>(type: "integer", nullable: false),
                    DecisionMakers = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Decision = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Conditions = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnershipSignOffs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnershipSignOffs_PartnershipPartners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "PartnershipPartners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PartnershipSignOffs_Partnerships_PartnershipId",
                        column: x => x.PartnershipId,
                        principalTable: "Partnerships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeasureValues",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeasureId = table.Column<Guid>(type: "uuid", nullable: false),
                    Period = table.Column<DateOnly>(type: "date", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    ProvidedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeasureValues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeasureValues_PartnershipMeasures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "PartnershipMeasures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SchemeSpend",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SchemeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    Budget = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Actual = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Forecast = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SchemeSpend", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SchemeSpend_PartnershipSchemes_SchemeId",
                        column: x => x.SchemeId,
                        principalTable: "PartnershipSchemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_PartnershipId_Sequence",
                table: "AuditEntries",
                columns: new[] { "PartnershipId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_MeasureValues_MeasureId_Period",
                table: "MeasureValues",
                columns: new[] { "MeasureId", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipAgreements_CapExcessPartnerId",
                table: "PartnershipAgreements",
                column: "CapExcessPartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipAgreements_PartnershipId",
                table: "PartnershipAgreements",
                column: "PartnershipId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipContributions_PartnerId",
                table: "PartnershipContributions",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipContributions_PartnershipId_Year",
                table: "PartnershipContributions",
                columns: new[] { "PartnershipId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipMeasures_PartnershipId",
                table: "PartnershipMeasures",
                column: "PartnershipId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipMeasures_ProviderPartnerId",
                table: "PartnershipMeasures",
                column: "ProviderPartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipSchemes_AppraisalId",
                table: "PartnershipSchemes",
                column: "AppraisalId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipSchemes_LeadPartnerId",
                table: "PartnershipSchemes",
                column: "LeadPartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipSchemes_PartnershipId_Name",
                table: "PartnershipSchemes",
                columns: new[] { "PartnershipId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipSignOffs_PartnerId",
                table: "PartnershipSignOffs",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipSignOffs_PartnershipId_AgreementVersion",
                table: "PartnershipSignOffs",
                columns: new[] { "PartnershipId", "AgreementVersion" });

            migrationBuilder.CreateIndex(
                name: "IX_SchemeSpend_SchemeId_Month",
                table: "SchemeSpend",
                columns: new[] { "SchemeId", "Month" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MeasureValues");

            migrationBuilder.DropTable(
                name: "PartnershipAgreements");

            migrationBuilder.DropTable(
                name: "PartnershipContributions");

            migrationBuilder.DropTable(
                name: "PartnershipSignOffs");

            migrationBuilder.DropTable(
                name: "SchemeSpend");

            migrationBuilder.DropTable(
                name: "PartnershipMeasures");

            migrationBuilder.DropTable(
                name: "PartnershipSchemes");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_PartnershipId_Sequence",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "PartnershipId",
                table: "AuditEntries");
        }
    }
}
