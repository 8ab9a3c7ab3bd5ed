package org.modelcensus.functions.normalize;

import java.util.List;
import org.modelcensus.functions.dataset.ModelRecord;

/**
 * One model after normalization.
 *
 * @param id          1-based row number in the dataset (stable within one normalized dataset)
 * @param year        the first four characters of the publication date, 0 when undated
 * @param domains     raw domain tags without the multimodal tag
 * @param taskGroups  distinct report task groups (unmapped tasks are their own group)
 * @param developers  distinct parent developers of the organisations
 * @param orgTypes    distinct organisation-type labels
 */
public record NormalizedModel(int id, ModelRecord record, String name, int year, String date,
        List<String> organizations, List<String> developers, List<Country> countries,
        List<String> domains, boolean multimodal, List<String> tasks, List<String> taskGroups,
        List<String> orgTypes, Double trainingCompute, Double parameters, Double datasetSize) {

    public boolean multiCountry() {
        return countries.size() > 1;
    }

    public boolean joint() {
        return developers.size() > 1;
    }

    public boolean hasTask() {
        return !tasks.isEmpty();
    }
}
