using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareCommissioning.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PartnershipEvaluations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PartnershipEvaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    PeriodTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Feedback = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Reflection = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AreasForDevelopment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    PlainSummary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Impacts = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnershipEvaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnershipEvaluations_Partnerships_PartnershipId",
                        column: x => x.PartnershipId,
                        principalTable: "Partnerships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationRecommendations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EvaluationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Response = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OwnerPartnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AgreedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationRecommendations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationRecommendations_PartnershipEvaluations_Evaluation~",
                        column: x => x.EvaluationId,
                        principalTable: "PartnershipEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EvaluationRecommendations_PartnershipPartners_OwnerPartnerId",
                        column: x => x.OwnerPartnerId,
                        principalTable: "PartnershipPartners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationShares",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EvaluationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Audience = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Method = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Format = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SharedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationShares", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationShares_PartnershipEvaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "PartnershipEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationRecommendations_EvaluationId_DueOn",
                table: "EvaluationRecommendations",
                columns: new[] { "EvaluationId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationRecommendations_OwnerPartnerId",
                table: "EvaluationRecommendations",
                column: "OwnerPartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationShares_EvaluationId_SharedOn",
                table: "EvaluationShares",
                columns: new[] { "EvaluationId", "SharedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipEvaluations_PartnershipId",
                table: "PartnershipEvaluations",
                column: "PartnershipId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EvaluationRecommendations");

            migrationBuilder.DropTable(
                name: "EvaluationShares");

            migrationBuilder.DropTable(
                name: "PartnershipEvaluations");
        }
    }
}
