using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareCommissioning.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Partnerships : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Partnerships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Arrangement = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    LegalBasisDetail = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    PooledFundManager = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Functions = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    PeopleCovered = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ServicesCovered = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Aims = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: true),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ReviewDate = table.Column<DateOnly>(type: "date", nullable: true),
                    TerminationTerms = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Partnerships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Partnerships_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PartnershipPartners",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    VatTreatment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RingFencedGrants = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    FinancialYearStartMonth = table.Column<int>(type: "integer", nullable: false),
                    ApprovalLimit = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    OtherConstraints = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ConfirmedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ConfirmedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ConfirmationNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnershipPartners", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnershipPartners_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PartnershipPartners_Partnerships_PartnershipId",
                        column: x => x.PartnershipId,
                        principalTable: "Partnerships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipPartners_OrganisationId",
                table: "PartnershipPartners",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipPartners_PartnershipId_OrganisationId",
                table: "PartnershipPartners",
                columns: new[] { "PartnershipId", "OrganisationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Partnerships_OrganisationId_Status",
                table: "Partnerships",
                columns: new[] { "OrganisationId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PartnershipPartners");

            migrationBuilder.DropTable(
                name: "Partnerships");
        }
    }
}
