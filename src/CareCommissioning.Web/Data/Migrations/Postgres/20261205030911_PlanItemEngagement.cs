using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareCommissioning.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PlanItemEngagement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "EngagementId",
                table: "PlanItems",
                type: "uuid",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EngagementId",
                table: "PlanItems");
        }
    }
}
