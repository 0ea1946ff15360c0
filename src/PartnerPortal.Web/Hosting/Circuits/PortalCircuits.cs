namespace PartnerPortal.Web.Hosting.Circuits;

public static class PortalCircuits
{
    public static void AddPortalCircuits(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<OpenCircuits>();
        builder.Services.AddSingleton<CircuitDrain>();
        builder.Services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, CircuitRegistration>();
        // Set in appsettings.json on purpose (the reasons are in docs/deployment.md); the framework's defaults otherwise.
        var section = builder.Configuration.GetSection("Portal:Circuits");
        builder.Services.Configure<Microsoft.AspNetCore.Components.Server.CircuitOptions>(options =>
        {
            options.DisconnectedCircuitRetentionPeriod = section.GetValue("DisconnectedCircuitRetentionPeriod", options.DisconnectedCircuitRetentionPeriod);
            options.DisconnectedCircuitMaxRetained = section.GetValue("DisconnectedCircuitMaxRetained", options.DisconnectedCircuitMaxRetained);
        });
    }

    public static void UseCircuitGate(this WebApplication app) => app.UseMiddleware<CircuitGate>();
}
