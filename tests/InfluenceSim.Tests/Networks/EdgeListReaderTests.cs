using InfluenceSim.Networks;

namespace InfluenceSim.Tests.Networks;

public class EdgeListReaderTests
{
    private static readonly HashSet<string> Platforms = ["twitter", "weibo"];

    private static (EdgeListData Data, List<EdgeListReader.LineError> Errors) Read(string text, int agents = 10)
    {
        var errors = new List<EdgeListReader.LineError>();
        var data = EdgeListReader.Read(new StringReader(text), agents, Platforms, errors);
        return (data, errors);
    }

    [Test]
    public void ReadsCommaAndTabLinesWithHeaderAndComments()
    {
        var (data, errors) = Read("follower,followed,platform\n# a comment\n\n0,1,twitter\n2\t3\n4, 5 ,weibo\n");
        Assert.Multiple(() =>
        {
            Assert.That(errors, Is.Empty);
            Assert.That(data.Followers, Is.EqualTo(new[] { 0, 2, 4 }));
            Assert.That(data.Followed, Is.EqualTo(new[] { 1, 3, 5 }));
            Assert.That(data.Platforms, Is.EqualTo(new string?[] { "twitter", null, "weibo" }));
        });
    }

    [TestCase("0,1\n0;1\n", 2, "found 1 field")]
    [TestCase("0,1\nx,1\n", 2, "follower 'x' is not a whole number")]
    [TestCase("0,1\n1,99\n", 2, "followed 99 is outside the audience's agent ids 0 to 9")]
    [TestCase("0,1\n\n1,2,myspace\n", 3, "platform 'myspace' is not defined")]
    [TestCase("0,1\n1,2,twitter,extra\n", 2, "found 4 fields")]
    [TestCase("1x,2\n0,1\n", 1, "'1x' is not a whole number")]
    [TestCase("from,to\n0,1\n", 1, "'from' is not a whole number")]
    [TestCase("0,1\n4,4\n", 2, "agent 4 follows itself")]
    [TestCase("", 0, "has no edges")]
    [TestCase("follower,followed\n# none\n", 0, "has no edges")]
    [TestCase("0,1\n2,\u0000\n", 2, "not text")]
    public void NamesTheLineOfAMalformedEdge(string text, int line, string message)
    {
        var (_, errors) = Read(text);
        Assert.That(errors, Has.Count.EqualTo(1));
        Assert.That(errors[0].Line, Is.EqualTo(line));
        Assert.That(errors[0].Message, Does.Contain(message));
    }

    [Test]
    public void StopsAtALineTooLongInsteadOfReadingItWhole()
    {
        var endless = new StringReader("0,1\n" + new string('7', 10 * EdgeListReader.MaxLineLength));
        var errors = new List<EdgeListReader.LineError>();
        EdgeListReader.Read(endless, 10, Platforms, errors);
        Assert.That(errors.Single().Message, Does.Contain($"longer than {EdgeListReader.MaxLineLength} characters"));
        Assert.That(endless.Peek(), Is.Not.EqualTo(-1), "the rest is never read");
    }
}
