package org.keji.commons.material;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keji.commons.problem.ProblemException;
import org.keji.testkit.SampleDocuments;

class MaterialTypesTest {

    @TempDir
    Path directory;

    @Test
    void shouldDecideEachAllowedTypeByItsBytes() throws IOException {
        assertEquals(MaterialType.PDF, detect(SampleDocuments.pdf(), "审计报告.pdf"));
        assertEquals(MaterialType.PNG, detect(SampleDocuments.png(), "营业执照.PNG"));
        assertEquals(MaterialType.JPEG, detect(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16,
                'J', 'F', 'I', 'F', 0 }, "发票.jpeg"));
        assertEquals(MaterialType.DOCX, detect(SampleDocuments.docx(), "合同.docx"));
        assertEquals(MaterialType.XLSX, detect(SampleDocuments.xlsx(), "明细.xlsx"));
        assertEquals(MaterialType.OFD, detect(SampleDocuments.ofd(), "电子发票.ofd"));
        assertEquals(MaterialType.ZIP, detect(SampleDocuments.zip(Map.of("a.pdf", SampleDocuments.pdf(), "b.docx",
                SampleDocuments.docx(), "scans/c.png", SampleDocuments.png())), "材料包.zip"));
    }

    @Test
    void shouldAcceptANameWithoutExtensionAndTheDetectedTypeNamesIt() throws IOException {
        assertEquals(MaterialType.PDF, detect(SampleDocuments.pdf(), "审计报告"));
    }

    @Test
    void shouldRefuseARenamedExecutable() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> detect(SampleDocuments.executable(), "setup.pdf"));
        assertEquals(415, refused.status());
        assertEquals("MATERIAL_TYPE_NOT_ALLOWED", refused.code());
    }

    @Test
    void shouldRefuseTextAndAnArchiveHoldingAnythingElse() {
        assertEquals("MATERIAL_TYPE_NOT_ALLOWED", assertThrows(ProblemException.class,
                () -> detect("just text".getBytes(), "readme.pdf")).code());
        assertEquals("MATERIAL_TYPE_NOT_ALLOWED", assertThrows(ProblemException.class,
                () -> detect(SampleDocuments.zip(Map.of("a.pdf", SampleDocuments.pdf(), "setup.exe",
                        SampleDocuments.executable())), "材料包.zip"))
                .code());
        assertEquals("MATERIAL_TYPE_NOT_ALLOWED", assertThrows(ProblemException.class,
                () -> detect(SampleDocuments.zip(Map.of("inner.zip", SampleDocuments.zip(Map.of("a.pdf",
                        SampleDocuments.pdf())))), "nested.zip"))
                .code());
        assertEquals("MATERIAL_TYPE_NOT_ALLOWED", assertThrows(ProblemException.class,
                () -> detect(new byte[] { 'P', 'K', 3, 4, 0, 0 }, "broken.zip")).code());
    }

    @Test
    void shouldRefuseAnExtensionThatNamesAnotherType() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> detect(SampleDocuments.png(), "scan.pdf"));
        assertEquals(415, refused.status());
        assertEquals("MATERIAL_EXTENSION_MISMATCH", refused.code());
        assertEquals("MATERIAL_EXTENSION_MISMATCH", assertThrows(ProblemException.class,
                () -> detect(SampleDocuments.docx(), "合同.xlsx")).code());
    }

    private MaterialType detect(byte[] content, String fileName) throws IOException {
        Path file = Files.createTempFile(directory, "upload", ".bin");
        Files.write(file, content);
        return MaterialTypes.detect(file, fileName);
    }
}
