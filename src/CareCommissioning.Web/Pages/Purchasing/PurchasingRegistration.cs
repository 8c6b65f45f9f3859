using CareCommissioning.Web.Pages.Purchasing.Lists;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CareCommissioning.Web.Pages.Purchasing;

public static class PurchasingRegistration
{
    /// <summary>What purchasing adds to the app's services: the purchase list columns' refresh on every save.</summary>
    public static IServiceCollection AddPurchasing(this IServiceCollection services)
    {
        services.AddSingleton<IInterceptor, PurchaseListColumnsInterceptor>();
        return services;
    }
}
