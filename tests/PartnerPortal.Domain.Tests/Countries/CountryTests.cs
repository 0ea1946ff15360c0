using PartnerPortal.Domain.Countries;

namespace PartnerPortal.Domain.Tests.Countries;

public class CountryTests
{
    [Theory]
    [InlineData("the US", "The US")]
    [InlineData("South Korea", "South Korea")]
    [InlineData("Scandinavian countries", "Scandinavian countries")]
    public void The_study_title_capitalises_only_the_first_letter(string studyName, string expected)
    {
        var country = new Country { Code = "X", Name = "X", StudyName = studyName, Region = "R" };

        Assert.Equal(expected, country.StudyTitle);
    }
}
