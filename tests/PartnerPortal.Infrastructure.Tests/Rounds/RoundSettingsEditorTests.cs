using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Infrastructure.Rounds;
using PartnerPortal.Testing;

namespace PartnerPortal.Infrastructure.Tests.Rounds;

public class RoundSettingsEditorTests : SeededStudyTests
{
    private RoundSettingsEditor Editor => Services.GetRequiredService<RoundSettingsEditor>();

    [Fact]
    public async Task Settings_are_saved_and_a_save_from_an_older_version_is_refused()
    {
        await StudyRoundCopy.CreateAsync(Services, "rebench");
        var seen = await Editor.ReadAsync("rebench");

        Assert.Null(await Editor.SaveAsync("rebench", seen with { MaxTechnologies = 8, DisagreementRange = 3 }));
        var conflict = await Editor.SaveAsync("rebench", seen with { MaxTechnologies = 20 });

        Assert.Equal(8, conflict!.Current.MaxTechnologies);
        Assert.Equal((8, 3), ((await Editor.ReadAsync("rebench")).MaxTechnologies, (await Editor.ReadAsync("rebench")).DisagreementRange));
    }

    [Fact]
    public async Task Impossible_settings_are_refused_with_every_reason()
    {
        await StudyRoundCopy.CreateAsync(Services, "rebench");
        var seen = await Editor.ReadAsync("rebench");

        var error = await Assert.ThrowsAsync<ValidationException>(() =>
            Editor.SaveAsync("rebench", seen with { LonglistRequiredCount = 6, SensitivityPerturbation = 1.5, MaxTechnologies = 0 }));

        Assert.Equal(3, error.Errors.Count());
        Assert.Equal(16, (await Editor.ReadAsync("rebench")).MaxTechnologies);
    }

    [Fact]
    public async Task A_published_rounds_settings_cannot_change()
    {
        var seen = await Editor.ReadAsync(Study.RoundSlug);

        await Assert.ThrowsAsync<RoundClosedException>(() => Editor.SaveAsync(Study.RoundSlug, seen with { MaxTechnologies = 3 }));
    }
}
