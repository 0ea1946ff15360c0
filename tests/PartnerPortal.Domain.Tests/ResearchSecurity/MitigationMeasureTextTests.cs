using PartnerPortal.Domain.ResearchSecurity;

namespace PartnerPortal.Domain.Tests.ResearchSecurity;

public class MitigationMeasureTextTests
{
    [Fact]
    public void Every_measure_has_one_name_and_they_come_in_the_toolkits_order()
    {
        Assert.Equal(Enum.GetValues<MitigationMeasure>().Where(m => m != MitigationMeasure.None), MitigationMeasureText.All.Select(m => m.Measure));
        Assert.Equal(["Due diligence on the partner", "Export-control check"],
            MitigationMeasureText.Names(MitigationMeasure.ExportControlCheck | MitigationMeasure.PartnerDueDiligence));
    }

    [Fact]
    public void Inside_a_sentence_names_are_lower_case_but_an_abbreviation_keeps_its_capitals()
    {
        Assert.Equal(["due diligence on the partner", "IP and data-sharing agreements", "security training for the team"],
            MitigationMeasureText.InSentence(MitigationMeasure.PartnerDueDiligence | MitigationMeasure.IpAndDataAgreements | MitigationMeasure.SecurityTraining));
    }
}
